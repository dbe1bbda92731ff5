package dev.fourfold.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads accounts for password sign-in (form and HTTP Basic), behind {@link PasswordSignIn}. A password session may
 * read and write; a disabled account or one without a password cannot sign in this way.
 */
class AccountDetails implements UserDetailsService {

    /** The authority of credentials that may change data (sessions, Basic, read-write tokens). */
    static final String READ_WRITE = "SCOPE_read-write";
    static final String READ = "SCOPE_read";

    private final UserRepository users;

    AccountDetails(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        String hash = users.passwordHash(username).orElse(null);
        return User.withUsername(account.username())
                .password(hash == null ? "{noop}" + java.util.UUID.randomUUID() : hash)
                .disabled(!account.enabled() || hash == null)
                .authorities(List.of(new SimpleGrantedAuthority(READ), new SimpleGrantedAuthority(READ_WRITE)))
                .build();
    }
}
