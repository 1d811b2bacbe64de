package org.mapbot.plan.slack;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mapbot.time.DateParser;
import org.mapbot.plan.domain.PlanException;

/** Reads the pieces of {@code /map} command text: step numbers, mentions, quoted names, dates. */
public final class CommandParsing {
    /** With {@code should_escape}, Slack sends a mention as {@code <@U123|jane>}. */
    static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]{2,20})(?:\\|[^>]{0,80})?>");
    static final Pattern QUOTED = Pattern.compile("[\"“”]([^\"“”]{1,200})[\"“”]");
    /** {@code seller} / {@code internal} as flags: last words, or just before the {@code by <date>}. */
    private static final Pattern KEYWORD = Pattern.compile("(?i)\\s+(seller|internal)(?=\\s+by\\s|\\s*$)");
    /** The last {@code by <date>}: "Review by legal by friday" is due Friday, "Sign-off by 2 people by friday" too. */
    private static final Pattern TRAILING_BY = Pattern.compile("(?is)^(.*)\\s+by\\s+(\\S.{0,100})$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,4})(?:\\s+(.*))?$", Pattern.DOTALL);

    private CommandParsing() {
    }

    /** The owner, side and text left over from {@code Security review @jane "Jane Doe" seller internal}. */
    public record OwnerPart(Optional<String> userId, Optional<String> name, boolean sellerWord, boolean internalWord, String rest) {
    }

    public static OwnerPart owner(String text) {
        String rest = text;
        Optional<String> userId = Optional.empty();
        Matcher mention = MENTION.matcher(rest);
        if (mention.find()) {
            userId = Optional.of(mention.group(1));
            rest = (rest.substring(0, mention.start()) + " " + rest.substring(mention.end())).strip();
        }
        if (MENTION.matcher(rest).replaceAll("").contains("<@")) {
            throw new PlanException("That mention is not a Slack user I can read. Mention people as Slack suggests them "
                    + "when you type @, e.g. `/map add Security review @jane by friday`.");
        }
        Optional<String> name = Optional.empty();
        Matcher quoted = QUOTED.matcher(rest);
        if (userId.isEmpty() && quoted.find()) {
            name = Optional.of(quoted.group(1).strip());
            rest = (rest.substring(0, quoted.start()) + " " + rest.substring(quoted.end())).strip();
        }
        boolean seller = false;
        boolean internal = false;
        Matcher keyword;
        while ((keyword = KEYWORD.matcher(" " + rest)).find()) {
            if (keyword.group(1).equalsIgnoreCase("seller")) {
                seller = true;
            } else {
                internal = true;
            }
            String spaced = " " + rest;
            rest = (spaced.substring(0, keyword.start()) + spaced.substring(keyword.end())).strip();
        }
        return new OwnerPart(userId, name, seller, internal, rest.replaceAll("\\s+", " ").strip());
    }

    /** Splits a trailing {@code by <date>}; a date-like ending that does not parse is an error, not part of the title. */
    public record TitleAndDue(String title, Optional<LocalDate> due) {
    }

    public static TitleAndDue trailingDue(String text, LocalDate today, LocalDate planStart) {
        Matcher by = TRAILING_BY.matcher(text);
        if (!by.matches()) {
            return new TitleAndDue(text, Optional.empty());
        }
        DateParser.Result parsed = DateParser.parse(by.group(2), today, Optional.of(planStart));
        if (parsed instanceof DateParser.Parsed date) {
            return new TitleAndDue(by.group(1).strip(), Optional.of(date.date()));
        }
        if (looksLikeADate(by.group(2))) {
            throw new PlanException("I could not read the date " + org.mapbot.slack.SlackText.code(by.group(2).strip())
                    + ". Try one of: " + DateParser.ACCEPTED_FORMS + ". Example: `/map add Security review @jane by next friday`");
        }
        return new TitleAndDue(text, Optional.empty());
    }

    public static LocalDate date(String text, LocalDate today, LocalDate planStart, String example) {
        DateParser.Result parsed = DateParser.parse(text, today, Optional.ofNullable(planStart));
        if (parsed instanceof DateParser.Parsed date) {
            return date.date();
        }
        // The parser's message quotes what was typed: inert in a code span once its entities are escaped.
        throw new PlanException(org.mapbot.slack.SlackText.escapeEntities(((DateParser.Invalid) parsed).message())
                + " Example: " + example);
    }

    /** {@code "3 rest of text"} → 3 and the rest; the example shows the right form when the number is missing. */
    public record Numbered(int number, String rest) {
    }

    public static Numbered numbered(String args, String example) {
        Matcher m = LEADING_NUMBER.matcher(args.strip());
        if (!m.matches()) {
            throw new PlanException("Which step? Give its number from `/map list`. Example: " + example);
        }
        return new Numbered(Integer.parseInt(m.group(1)), m.group(2) == null ? "" : m.group(2).strip());
    }

    private static boolean looksLikeADate(String text) {
        String lower = text.toLowerCase().strip();
        return lower.matches(".*\\d.*") || lower.matches("(?s)(next|in|week|today|tomorrow|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec).*");
    }
}
