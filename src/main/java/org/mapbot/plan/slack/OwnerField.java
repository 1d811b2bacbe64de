package org.mapbot.plan.slack;

import java.util.Optional;
import org.mapbot.interaction.FieldError;
import org.mapbot.interaction.Form;
import org.mapbot.plan.domain.Limits;
import org.mapbot.plan.domain.Owner;
import org.mapbot.slack.SlackUser;
import org.mapbot.slack.SlackUsers;

/** An owner picked in a form: a Slack user (their organisation as Slack says, or unknown) or a typed name. */
final class OwnerField {
    private final SlackUsers users;

    OwnerField(SlackUsers users) {
        this.users = users;
    }

    Owner read(Form form, String userBlock, String nameBlock) {
        Optional<String> user = form.user(userBlock);
        if (user.isPresent()) {
            String team = users.find(form.who().actor().installation(), user.get()).map(SlackUser::teamId).filter(t -> t != null && !t.isBlank()).orElse(null);
            return Owner.slackUser(user.get(), team);
        }
        return nameBlock == null ? Owner.NOBODY : form.text(nameBlock).map(name -> {
            if (name.length() > Limits.OWNER_NAME) {
                throw new FieldError(nameBlock, "At most " + Limits.OWNER_NAME + " characters.");
            }
            return Owner.named(name);
        }).orElse(Owner.NOBODY);
    }
}
