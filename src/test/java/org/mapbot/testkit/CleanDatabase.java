package org.mapbot.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a test the run's {@link TestDatabase}, emptied first, as {@link RunningApp} does: what an earlier test class
 * left there (plans, and which kind of run owns the database) must not decide this test.
 *
 * <pre>{@code @ExtendWith(CleanDatabase.class) ... void test(TestDatabase database)}</pre>
 */
public final class CleanDatabase implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestDatabase database = TestDatabase.shared(context);
        database.reset();
        return database;
    }
}
