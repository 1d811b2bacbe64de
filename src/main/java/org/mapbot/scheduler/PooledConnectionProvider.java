package org.mapbot.scheduler;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/** Lets Quartz borrow connections from the app's pool instead of opening its own. */
final class PooledConnectionProvider implements ConnectionProvider {
    private final DataSource dataSource;

    PooledConnectionProvider(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void shutdown() {
        // The pool belongs to the app, which closes it after the scheduler has stopped.
    }

    @Override
    public void initialize() {
    }
}
