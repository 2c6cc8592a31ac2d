package com.clinicnetwork.web.layout;

import com.clinicnetwork.web.WebAppProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The page language: the one chosen with {@code ?lang=de} (kept in a cookie), otherwise the best of the
 * supported languages the browser asks for ({@code Accept-Language}), otherwise the first supported one.
 * Dates and times follow the same locale; their zone is always the location's.
 */
@Configuration
class LocaleConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_PARAMETER = "lang";

    private final List<Locale> supported;

    LocaleConfiguration(WebAppProperties properties) {
        this.supported = properties.supportedLocales();
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("CLINIC_WEB_LANG");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(this::fromBrowser);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            /** A language the app does not speak (or garbage) clears the choice: the browser's language applies. */
            @Override
            protected Locale parseLocaleValue(String value) {
                Locale requested = Locale.forLanguageTag(value.replace('_', '-'));
                return supported.stream().filter(locale -> locale.getLanguage().equals(requested.getLanguage()))
                        .findFirst().orElse(null);
            }
        };
        interceptor.setParamName(LANGUAGE_PARAMETER);
        registry.addInterceptor(interceptor);
    }

    private Locale fromBrowser(HttpServletRequest request) {
        return bestMatch(request.getHeader("Accept-Language"), supported);
    }

    /** The first supported language in the browser's order of preference, by language only (de-AT gets de). */
    static Locale bestMatch(String acceptLanguage, List<Locale> supported) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
                Locale match = Locale.lookup(ranges, supported);
                if (match != null) {
                    return match;
                }
                for (Locale.LanguageRange range : ranges) {
                    String language = Locale.forLanguageTag(range.getRange()).getLanguage();
                    for (Locale locale : supported) {
                        if (locale.getLanguage().equals(language)) {
                            return locale;
                        }
                    }
                }
            } catch (IllegalArgumentException malformed) {
                return supported.get(0);
            }
        }
        return supported.get(0);
    }
}
