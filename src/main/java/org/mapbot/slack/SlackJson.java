package org.mapbot.slack;

import com.google.gson.Gson;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.util.List;

/**
 * Block Kit as JSON, with one reused Gson. Slack's SDK builds a new Gson for every call that carries blocks or a view,
 * which profiles showed as the largest cost of a card update; handing it the JSON skips that.
 */
public final class SlackJson {
    private final Gson gson = GsonFactory.createSnakeCase();

    public String blocks(List<LayoutBlock> blocks) {
        return gson.toJson(blocks);
    }

    public String view(View view) {
        return gson.toJson(view);
    }
}
