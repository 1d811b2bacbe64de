package org.mapbot.hubspot;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deal as a person gives it: its id ({@code 18472659301}) or its address in HubSpot, in the forms HubSpot shows
 * ({@code https://app.hubspot.com/contacts/<portal>/deal/<id>}, {@code …/contacts/<portal>/record/0-3/<id>}, on any
 * of its data-centre hosts such as {@code app-eu1.hubspot.com}).
 *
 * @param portalId the portal named in the address, if one was given (it must be the connected one)
 */
record DealReference(String dealId, Optional<Long> portalId) {
    static final String EXAMPLE = "`/map link hubspot 18472659301` or `/map link hubspot https://app.hubspot.com/contacts/"
            + "2345678/record/0-3/18472659301`";
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");
    private static final Pattern URL = Pattern.compile(
            "https://app(?:-[a-z0-9]{1,10})?\\.hubspot\\.com/contacts/([0-9]{1,12})/(?:deal|record/0-3)/([0-9]{1,18})(?:[/?#]\\S*)?");

    static Optional<DealReference> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.startsWith("<") && text.endsWith(">")) {
            text = text.substring(1, text.length() - 1); // Slack sends a pasted address as <url> or <url|label>
            int bar = text.indexOf('|');
            if (bar >= 0) {
                text = text.substring(0, bar);
            }
        }
        if (ID.matcher(text).matches()) {
            return Optional.of(new DealReference(text.replaceFirst("^0+(?=.)", ""), Optional.empty()));
        }
        Matcher url = URL.matcher(text);
        if (url.matches()) {
            return Optional.of(new DealReference(url.group(2).replaceFirst("^0+(?=.)", ""), Optional.of(Long.parseLong(url.group(1)))));
        }
        return Optional.empty();
    }
}
