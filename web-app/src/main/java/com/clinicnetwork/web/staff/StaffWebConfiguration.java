package com.clinicnetwork.web.staff;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets the staff screens' controllers take the signed-in {@link StaffMember} as a parameter. */
@Configuration
class StaffWebConfiguration implements WebMvcConfigurer {

    private final OAuth2AuthorizedClientRepository authorizedClients;

    StaffWebConfiguration(OAuth2AuthorizedClientRepository authorizedClients) {
        this.authorizedClients = authorizedClients;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new StaffMemberResolver(authorizedClients));
    }
}
