package org.childplan.platform.representation;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the writes of every replica: LISTENs on {@value #CHANNEL} over a JDBC connection of its own (not one of the
 * pool's, which would be returned and reused), on a daemon thread. Each service's migrations add triggers that
 * {@code pg_notify} this channel in every transaction that writes a table representations are made from; PostgreSQL
 * delivers a notification only when that transaction commits, to every listening session, this replica's included.
 * <p>
 * On each notification the prepared representations are dropped. When the connection fails it reconnects (every
 * {@code childplan.representations.reconnect-delay}); until then nothing is kept, and once it is back everything is
 * dropped again, since notifications sent meanwhile were lost. A query every
 * {@code childplan.representations.heartbeat} notices a connection that died silently.
 */
@ApplicationScoped
public class RepresentationListener {

    /** The notification channel the services' triggers send on. */
    public static final String CHANNEL = "childplan_representations";
    /** The application_name of the listening session, to find it in pg_stat_activity. */
    public static final String APPLICATION_NAME = "childplan-representations";
    private static final Logger LOG = Logger.getLogger(RepresentationListener.class);

    private final Representations representations;
    private final Config config;
    private final boolean enabled;
    private final Duration heartbeat;
    private final Duration reconnectDelay;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile Connection connection;

    public RepresentationListener(Representations representations, Config config,
                                  @ConfigProperty(name = Representations.ENABLED, defaultValue = "true") boolean enabled,
                                  @ConfigProperty(name = "childplan.representations.heartbeat", defaultValue = "5s") Duration heartbeat,
                                  @ConfigProperty(name = "childplan.representations.reconnect-delay", defaultValue = "1s") Duration reconnectDelay) {
        this.representations = representations;
        this.config = config;
        this.enabled = enabled;
        this.heartbeat = heartbeat;
        this.reconnectDelay = reconnectDelay;
    }

    void start(@Observes StartupEvent started) {
        if (!enabled || config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).isEmpty()) {
            return;
        }
        running = true;
        Thread listener = new Thread(this::listen, "representation-listener");
        listener.setDaemon(true);
        thread = listener;
        listener.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        Thread listener = thread;
        if (listener != null) {
            listener.interrupt();
        }
        closeQuietly(connection);
    }

    private void listen() {
        boolean failing = false;
        while (running) {
            try (Connection listening = connect(); Statement statement = listening.createStatement()) {
                connection = listening;
                statement.execute("LISTEN " + CHANNEL);
                representations.listening();
                if (failing) {
                    LOG.infof("listening for writes on %s again; prepared representations dropped", CHANNEL);
                    failing = false;
                }
                PGConnection notifications = listening.unwrap(PGConnection.class);
                long quietSince = System.nanoTime();
                while (running) {
                    PGNotification[] heard = notifications.getNotifications((int) Math.max(1, heartbeat.toMillis()));
                    if (heard != null && heard.length > 0) {
                        representations.changed();
                        quietSince = System.nanoTime();
                    } else if (System.nanoTime() - quietSince >= heartbeat.toNanos()) {
                        statement.execute("SELECT 1");
                        quietSince = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                representations.deaf();
                if (!running) {
                    return;
                }
                if (!failing) {
                    LOG.warnf("not listening for writes on %s (%s); representations are prepared per request until it is back",
                            CHANNEL, e.getMessage());
                    failing = true;
                }
                try {
                    Thread.sleep(reconnectDelay.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } finally {
                connection = null;
            }
        }
        representations.deaf();
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(u -> properties.setProperty("user", u));
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        Connection opened = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class), properties);
        opened.setAutoCommit(true);
        return opened;
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing on the way out
            }
        }
    }
}
