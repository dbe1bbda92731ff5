package dev.fourfold.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Signs in people from the company's identity provider as the Fourfold user of the same name: the
 * {@code preferred_username} claim, else the e-mail address. An administrator creates the user first (without a
 * password); people the identity provider knows but Fourfold does not are refused.
 */
@Component
class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final UserRepository users;

    OidcAccounts(UserRepository users) {
        this.users = users;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = delegate.loadUser(request);
        String name = oidc.getPreferredUsername() != null ? oidc.getPreferredUsername() : oidc.getEmail();
        String claim = oidc.getPreferredUsername() != null ? "preferred_username" : "email";
        UserAccount account = name == null ? null : users.findByUsername(name).filter(UserAccount::enabled).orElse(null);
        if (account == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error("unknown_user",
                    "No enabled Fourfold user is named '" + name + "'; ask an administrator to create one.", null));
        }
        return new DefaultOidcUser(oidc.getAuthorities(), oidc.getIdToken(), oidc.getUserInfo(), claim);
    }
}
