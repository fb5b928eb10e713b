package dev.latchkey.web.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct access to the test database, for states no route sets yet (the issue allows it). */
final class Db {

    static final String URL = System.getProperty("latchkey.it.db.url", "jdbc:postgresql://127.0.0.1:55433/latchkey");

    private Db() {
    }

    static int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "latchkey", "latchkey");
             PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    static Object value(String sql, Object... parameters) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "latchkey", "latchkey");
             PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getObject(1) : null;
            }
        }
    }
}
