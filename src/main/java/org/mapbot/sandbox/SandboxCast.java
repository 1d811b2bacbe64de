package org.mapbot.sandbox;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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

    public static final Conversation SHARED = new Conversation("C0SHARED", "acme-northwind", Conversation.Kind.SHARED, null, SELLER);
    public static final Conversation INTERNAL = new Conversation("C0INTERNAL", "deal-acme-internal", Conversation.Kind.INTERNAL, null, SELLER);

    /** The seller workspace that installed MAP Bot when the sandbox started (the demo's). */
    public static final SellerSide NORTHWIND = new SellerSide(SELLER, CUSTOMER, PEOPLE, SHARED, INTERNAL);

    // A second seller workspace, which appears once "Add to Slack" installs MAP Bot in it, with a customer of its own.
    public static final Organisation SECOND_SELLER = new Organisation("T0GLOBEX", "Globex Sales", "globex");
    public static final Organisation SECOND_CUSTOMER = new Organisation("T0INITECH", "Initech", "initech");
    public static final Person SECOND_REP = new Person("U0GINA", "gina", "Gina Globex", "Account Executive", SECOND_SELLER, "America/Chicago");
    public static final Person SECOND_ENGINEER = new Person("U0GUS", "gus", "Gus Globex", "Sales Engineer", SECOND_SELLER, "America/Chicago");
    public static final Person SECOND_BUYER = new Person("U0IRIS", "iris", "Iris Initech", "IT Director", SECOND_CUSTOMER, "America/Denver");
    public static final SellerSide GLOBEX = new SellerSide(SECOND_SELLER, SECOND_CUSTOMER, List.of(SECOND_REP, SECOND_ENGINEER, SECOND_BUYER),
            new Conversation("C0GLOBEXSHARED", "initech-globex", Conversation.Kind.SHARED, null, SECOND_SELLER),
            new Conversation("C0GLOBEXINTERNAL", "deal-initech-internal", Conversation.Kind.INTERNAL, null, SECOND_SELLER));

    public static final List<SellerSide> SIDES = List.of(NORTHWIND, GLOBEX);

    private SandboxCast() {
    }

    public static Optional<Person> person(String id) {
        return everyone().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The people of every side, Northwind's first. */
    public static List<Person> everyone() {
        return SIDES.stream().flatMap(side -> side.people().stream()).toList();
    }

    /** The side an organisation belongs to: its own as the seller, or the seller's it is the customer of. */
    public static SellerSide sideOf(Organisation org) {
        return SIDES.stream().filter(side -> side.has(org)).findFirst().orElseThrow();
    }

    /** The seller workspace whose installation of MAP Bot serves what this person does (a customer's is the seller's). */
    public static Organisation installationFor(Person person) {
        return sideOf(person.organisation()).seller();
    }

    /** The organisation of the sandbox with this team id. */
    public static Optional<Organisation> organisation(String teamId) {
        return SIDES.stream().flatMap(side -> Stream.of(side.seller(), side.customer()))
                .filter(org -> org.teamId().equals(teamId)).findFirst();
    }

    public static boolean isSeller(Person person) {
        return installationFor(person).equals(person.organisation());
    }

    public static List<Conversation> conversations() {
        List<Conversation> all = new ArrayList<>();
        for (SellerSide side : SIDES) {
            all.add(side.shared());
            all.add(side.internal());
        }
        everyone().forEach(p -> all.add(new Conversation(p.dmChannel(), p.realName(), Conversation.Kind.DM, p.id(), installationFor(p))));
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
