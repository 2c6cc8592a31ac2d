package com.clinicnetwork.identity.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity provider's accounts, in its own database. Signing in looks an account up by user name or
 * email; the principal it yields is Spring Security's plain {@link User} (named by the user name), because
 * the authorization server stores that principal as JSON with each authorization and reads only
 * well-known types back.
 */
@Component
public class AccountStore implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountStore(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        String normalised = normalise(login);
        return jdbc.sql("SELECT username, password_hash, enabled FROM account WHERE username = :login OR email = :login")
                .param("login", normalised)
                .query((rs, row) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .disabled(!rs.getBoolean("enabled"))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql("SELECT * FROM account WHERE username = :username")
                .param("username", normalise(username))
                .query(AccountStore::account)
                .optional();
    }

    /** A new client of the platform, not yet linked to a client record (the web app creates that from the subject). */
    @Transactional
    public Account register(NewAccount request) {
        String email = normalise(request.email());
        Account account = new Account(UUID.randomUUID().toString(), email, email, request.givenName().strip(),
                request.familyName().strip(), request.timeZone(), request.locale(), Set.of(Role.CLIENT), null, null, List.of());
        if (!insert(account, passwords.encode(request.password()))) {
            throw new EmailTakenException();
        }
        return account;
    }

    /** For seeding: adds the account unless one with its subject exists; true if it was added. */
    @Transactional
    public boolean addIfAbsent(Account account, String password) {
        boolean exists = jdbc.sql("SELECT count(*) FROM account WHERE subject = :subject")
                .param("subject", account.subject()).query(Long.class).single() > 0;
        if (exists) {
            return false;
        }
        return insert(account, passwords.encode(password));
    }

    /**
     * False if the user name, email or client record is taken. ON CONFLICT rather than a caught unique violation,
     * so that PostgreSQL does not write the taken email into its own log either.
     */
    private boolean insert(Account account, String passwordHash) {
        return jdbc.sql("""
                INSERT INTO account (subject, username, email, password_hash, given_name, family_name, time_zone, locale,
                                     roles, client_id, therapist_id, location_ids, created_at)
                VALUES (:subject, :username, :email, :passwordHash, :givenName, :familyName, :timeZone, :locale,
                        string_to_array(:roles, ',')::text[], :clientId, :therapistId,
                        string_to_array(:locationIds, ',')::uuid[], :createdAt)
                ON CONFLICT DO NOTHING
                """)
                .param("subject", account.subject())
                .param("username", normalise(account.username()))
                .param("email", normalise(account.email()))
                .param("passwordHash", passwordHash)
                .param("givenName", account.givenName())
                .param("familyName", account.familyName())
                .param("timeZone", account.timeZone().getId())
                .param("locale", account.locale().toLanguageTag())
                .param("roles", account.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .param("clientId", account.clientId())
                .param("therapistId", account.therapistId())
                .param("locationIds", account.locationIds().stream().map(UUID::toString).collect(Collectors.joining(",")))
                .param("createdAt", clock.instant().atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object role : elements(rs.getArray("roles"))) {
            roles.add(Role.valueOf(role.toString()));
        }
        List<UUID> locations = Arrays.stream(elements(rs.getArray("location_ids"))).map(id -> (UUID) id).toList();
        return new Account(rs.getString("subject"), rs.getString("username"), rs.getString("email"),
                rs.getString("given_name"), rs.getString("family_name"), ZoneId.of(rs.getString("time_zone")),
                Locale.forLanguageTag(rs.getString("locale")), roles, rs.getObject("client_id", UUID.class),
                rs.getObject("therapist_id", UUID.class), locations);
    }

    private static Object[] elements(Array array) throws SQLException {
        return (Object[]) array.getArray();
    }

    private static String normalise(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
