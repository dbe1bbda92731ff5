package dev.fourfold.security;

import java.time.Clock;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads accounts for password sign-in (form and HTTP Basic). A password session may read and write; an account
 * locked after failed sign-ins, disabled, or without a password cannot sign in this way.
 */
@Component
class AccountDetails implements UserDetailsService {

    /** The authority of credentials that may change data (sessions, Basic, read-write tokens). */
    static final String READ_WRITE = "SCOPE_read-write";
    static final String READ = "SCOPE_read";

    private final UserRepository users;
    private final Clock clock;

    AccountDetails(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        String hash = users.passwordHash(username).orElse(null);
        boolean locked = account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant());
        return User.withUsername(account.username())
                .password(hash == null ? "{noop}" + java.util.UUID.randomUUID() : hash)
                .disabled(!account.enabled() || hash == null)
                .accountLocked(locked)
                .authorities(List.of(new SimpleGrantedAuthority(READ), new SimpleGrantedAuthority(READ_WRITE)))
                .build();
    }
}
