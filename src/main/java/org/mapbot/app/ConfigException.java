package org.mapbot.app;

/** A setting is missing or malformed. The message names the variable and what is expected, in one line. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
