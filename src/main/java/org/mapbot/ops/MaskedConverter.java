package org.mapbot.ops;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;

/** {@code %masked(...)} in the plain-text pattern: the message and stack trace with {@link SecretMask} applied. */
public final class MaskedConverter extends CompositeConverter<ILoggingEvent> {
    static final String MASK_KEY = "mapbot.secretMask";

    @Override
    protected String transform(ILoggingEvent event, String in) {
        Object mask = getContext().getObject(MASK_KEY);
        return mask instanceof SecretMask secrets ? secrets.apply(in) : in;
    }
}
