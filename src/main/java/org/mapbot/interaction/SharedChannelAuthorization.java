package org.mapbot.interaction;

import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import org.mapbot.plan.domain.Installation;

/**
 * Runs before Bolt's authorization in multi-workspace mode. A person of the customer's organisation who clicks on the
 * plan card in a Slack Connect channel is sent to the app with their own workspace's id; when that workspace never
 * installed MAP Bot, Bolt alone would answer "not installed" (java-slack-sdk #629). The click belongs to the
 * installation whose plan the channel holds (a form: the one that opened it), so that is the one Bolt authorizes.
 * Everything the click names is still checked against the channel it was clicked in by the services.
 */
public final class SharedChannelAuthorization implements Middleware {
    private final InteractionReader.Installations installations;
    private final SignedMetadata metadata;

    public SharedChannelAuthorization(InteractionReader.Installations installations, SignedMetadata metadata) {
        this.installations = installations;
        this.metadata = metadata;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if ((req instanceof BlockActionRequest || req instanceof ViewSubmissionRequest) && !installed(req.getContext())) {
            owner(req).ifPresent(owner -> {
                req.getContext().setTeamId(owner.teamId());
                req.getContext().setEnterpriseId(owner.enterpriseId());
            });
        }
        return chain.next(req);
    }

    private boolean installed(Context context) {
        try {
            installations.serving(context.getEnterpriseId(), context.getTeamId());
            return true;
        } catch (Refusal e) {
            return false;
        }
    }

    private Optional<Installation> owner(Request req) {
        try {
            if (req instanceof BlockActionRequest click) {
                var container = click.getPayload().getContainer();
                String channelId = container == null ? null : container.getChannelId();
                return channelId == null ? Optional.empty()
                        : Optional.of(installations.servingChannel(req.getContext().getEnterpriseId(), req.getContext().getTeamId(), channelId));
            }
            var view = ((ViewSubmissionRequest) req).getPayload().getView();
            return view == null ? Optional.empty() : metadata.open(view.getCallbackId(), view.getPrivateMetadata())
                    .flatMap(opened -> OpenedBy.read(opened).openedBy())
                    .map(by -> installations.serving(by.enterpriseId(), by.teamId()));
        } catch (Refusal e) {
            return Optional.empty();
        }
    }
}
