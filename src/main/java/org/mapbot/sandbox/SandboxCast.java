package org.mapbot.sandbox;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who and what the sandbox contains. Ids match the test kit's {@code Slackers}, so a scenario reads the same in both.
 */
public final class SandboxCast {
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    public static final Organisation SELLER = new Organisation("T0SELLER", "Northwind Software", "northwind");
    public static final Organisation CUSTOMER = new Organisation("T0CUSTOMER", "Acme Corp", "acme");

    public static final String BOT_USER = "U0BOT";
    public static final String BOT_ID = "B0BOT";
    public static final String BOT_NAME = "MAP Bot";
    public static final String APP_ID = "A0MAPBOT";
    public static final String SLACKBOT = "USLACKBOT";

    public static final Person SALES_REP = new Person("U0SELLER", "sam", "Sam Seller", "Account Executive", SELLER, "Europe/Berlin");
    public static final Person ENGINEER = new Person("U0COLLEAGUE", "chris", "Chris Colleague", "Solutions Engineer", SELLER, "Europe/London");
    public static final Person MANAGER = new Person("U0MANAGER", "mia", "Mia Manager", "Sales Director", SELLER, "Europe/Berlin");
    public static final Person CHAMPION = new Person("U0CUSTOMER", "casey", "Casey Customer", "Head of Operations", CUSTOMER, "America/New_York");
    public static final Person LEGAL = new Person("U0LEGAL", "lee", "Lee Legal", "Legal Counsel", CUSTOMER, null);
    public static final Person CTO = new Person("U0CTO", "taylor", "Taylor Tech", "CTO", CUSTOMER, null);

    public static final List<Person> PEOPLE = List.of(SALES_REP, ENGINEER, MANAGER, CHAMPION, LEGAL, CTO);

    public static final Conversation SHARED = new Conversation("C0SHARED", "acme-northwind", Conversation.Kind.SHARED, null);
    public static final Conversation INTERNAL = new Conversation("C0INTERNAL", "deal-acme-internal", Conversation.Kind.INTERNAL, null);

    private SandboxCast() {
    }

    public static Optional<Person> person(String id) {
        return PEOPLE.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public static List<Conversation> conversations() {
        List<Conversation> all = new ArrayList<>(List.of(SHARED, INTERNAL));
        PEOPLE.forEach(p -> all.add(new Conversation(p.dmChannel(), p.realName(), Conversation.Kind.DM, p.id())));
        return all;
    }

    public static Optional<Conversation> conversation(String id) {
        return conversations().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Slack accepts a user id where a channel is expected and posts to the DM with that user. */
    public static Optional<Conversation> conversationOrDm(String channelOrUser) {
        if (channelOrUser != null && channelOrUser.startsWith("U")) {
            return person(channelOrUser).flatMap(p -> conversation(p.dmChannel()));
        }
        return conversation(channelOrUser);
    }
}
