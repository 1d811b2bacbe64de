package org.mapbot.home;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mapbot.pipeline.PlanConsumer;
import org.mapbot.pipeline.PlanSnapshot;
import org.mapbot.pipeline.PublishFailed;
import org.mapbot.plan.domain.Installation;
import org.mapbot.slack.SlackUser;

/**
 * After a change, the Home tabs of the people the plan concerns (its owner and every step owner in Slack) show it:
 * their tabs are built together in two queries and published once per fold, however many changes the fold holds.
 */
public final class HomeRefresher implements PlanConsumer {
    /** Bounds the Slack calls one fold can make; the rest see fresh numbers when they next open the tab. */
    static final int MAX_VIEWERS = 100;

    private final HomeService home;
    private final HomeTabs tabs;

    public HomeRefresher(HomeService home, HomeTabs tabs) {
        this.home = home;
        this.tabs = tabs;
    }

    @Override
    public void publish(PlanSnapshot snapshot) throws PublishFailed {
        Installation installation = new Installation(snapshot.plan().teamId(), snapshot.plan().enterpriseId(), null);
        Map<String, Boolean> sellerByViewer = new LinkedHashMap<>();
        for (String userId : snapshot.audience()) {
            if (sellerByViewer.size() >= MAX_VIEWERS) {
                break;
            }
            SlackUser known = snapshot.people().get(userId);
            // Someone Slack told us nothing about is treated as the customer's: they see less, never more.
            boolean seller = userId.equals(snapshot.plan().ownerUserId())
                    || known != null && known.teamId() != null && installation.includes(known.teamId(), known.enterpriseId());
            sellerByViewer.put(userId, seller);
        }
        PublishFailed failed = null;
        for (var entry : home.homesOf(installation, sellerByViewer).entrySet()) {
            try {
                tabs.publish(installation, entry.getKey(), entry.getValue());
            } catch (PublishFailed e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
