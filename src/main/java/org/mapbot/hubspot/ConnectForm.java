package org.mapbot.hubspot;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.view.View;
import java.util.regex.Pattern;
import org.mapbot.interaction.FieldError;

/**
 * The form that takes the HubSpot access token: typed into a modal, never into the command (Slack shows a command's
 * text in the channel's history and its logs), and never shown back.
 */
final class ConnectForm {
    static final String CALLBACK = "hubspot_connect";
    static final String TOKEN_BLOCK = "hubspot_token";
    static final String TOKEN_INPUT = "hubspot_token_input";
    static final int MAX_TOKEN = 200;
    /** A private app's access token, such as {@code pat-na1-1a2b3c4d-…}: letters, digits and dashes, no spaces. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{15,199}");

    private ConnectForm() {
    }

    /** @param channelId where the person typed the command, so the answer comes back there */
    static View modal(String channelId) {
        return view(v -> v.type("modal").callbackId(CALLBACK).privateMetadata(channelId)
                .title(viewTitle(t -> t.type("plain_text").text("Connect HubSpot")))
                .submit(viewSubmit(t -> t.type("plain_text").text("Connect")))
                .close(viewClose(t -> t.type("plain_text").text("Cancel")))
                .blocks(asBlocks(
                        section(s -> s.text(markdownText("In HubSpot, open *Settings → Integrations → Private apps*, create an app "
                                + "with the scopes `crm.objects.deals.read`, `crm.objects.deals.write`, `crm.schemas.deals.read` and "
                                + "`crm.schemas.deals.write`, and paste its access token here. MAP Bot checks it with HubSpot once "
                                + "and keeps it only encrypted."))),
                        input(i -> i.blockId(TOKEN_BLOCK).label(plainText("Access token"))
                                .element(plainTextInput(p -> p.actionId(TOKEN_INPUT).maxLength(MAX_TOKEN)
                                        .placeholder(plainText("pat-na1-…"))))))));
    }

    /** The token as typed, or a refusal shown under the field. */
    static String token(String typed) {
        String token = typed == null ? "" : typed.strip();
        if (!TOKEN.matcher(token).matches()) {
            throw new FieldError(TOKEN_BLOCK, "That is not a HubSpot access token: paste the private app's token, which looks "
                    + "like pat-na1-1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d (no spaces).");
        }
        return token;
    }
}
