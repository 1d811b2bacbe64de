package org.mapbot.testkit;

/** The cast of every test: a seller organisation that installed the app and a customer organisation. */
public final class Slackers {
    public static final String SELLER_TEAM = "T0SELLER";
    public static final String CUSTOMER_TEAM = "T0CUSTOMER";
    public static final String BOT_USER = "U0BOT";
    public static final String SELLER_USER = "U0SELLER";
    public static final String SELLER_COLLEAGUE = "U0COLLEAGUE";
    public static final String CUSTOMER_USER = "U0CUSTOMER";
    public static final String CUSTOMER_LEGAL = "U0LEGAL";
    public static final String SHARED_CHANNEL = "C0SHARED";
    public static final String INTERNAL_CHANNEL = "C0INTERNAL";

    private Slackers() {
    }
}
