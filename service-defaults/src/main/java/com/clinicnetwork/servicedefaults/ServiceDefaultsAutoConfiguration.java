package com.clinicnetwork.servicedefaults;

import com.clinicnetwork.servicedefaults.security.ClinicJwtAuthenticationConverter;
import com.clinicnetwork.servicedefaults.security.ClinicSecurity;
import com.clinicnetwork.servicedefaults.security.CurrentUserArgumentResolver;
import com.clinicnetwork.servicedefaults.security.ProblemSecurityHandlers;
import com.clinicnetwork.servicedefaults.web.NulRejectingStringDeserializer;
import com.clinicnetwork.servicedefaults.web.ProblemHandlers;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** Security and error-handling defaults for the platform's servlet services. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(ProblemHandlers.class)
public class ServiceDefaultsAutoConfiguration {

    @Bean
    ClinicJwtAuthenticationConverter clinicJwtAuthenticationConverter() {
        return new ClinicJwtAuthenticationConverter();
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(JsonMapper json) {
        return new ProblemSecurityHandlers(json);
    }

    @Bean
    ClinicSecurity clinicSecurity(ClinicJwtAuthenticationConverter converter, ProblemSecurityHandlers handlers) {
        return new ClinicSecurity(converter, handlers);
    }

    @Bean
    SimpleModule nulRejectingStrings() {
        return new SimpleModule("nul-rejecting-strings").addDeserializer(String.class, new NulRejectingStringDeserializer());
    }

    @Bean
    WebMvcConfigurer currentUserResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
            }
        };
    }
}
