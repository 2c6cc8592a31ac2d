package com.clinicnetwork.servicedefaults.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.util.Iterator;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Puts {@link LogRedactor} in front of every plain-text (pattern) appender once Spring Boot has configured
 * Logback. Boot builds its console pattern programmatically, with no hook for extra conversion words, so
 * right after Boot's {@link LoggingApplicationListener} has run each such appender gets an encoder whose
 * layout is Boot's, redacted.
 * Structured (JSON) appenders are left alone: {@link RedactingJsonMembersCustomizer} redacts their members.
 * Registered for every application with this jar through {@code META-INF/spring.factories}.
 */
public class PlainLogRedaction implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            install(context);
        }
    }

    /** Redacts every pattern appender of the context; an appender already redacted is left as it is. */
    private static void install(LoggerContext context) {
        for (Logger logger : context.getLoggerList()) {
            for (Iterator<Appender<ILoggingEvent>> appenders = logger.iteratorForAppenders(); appenders.hasNext(); ) {
                if (appenders.next() instanceof OutputStreamAppender<ILoggingEvent> appender
                        && appender.getEncoder() instanceof LayoutWrappingEncoder<ILoggingEvent> plain
                        && plain.getLayout() != null && !(plain.getLayout() instanceof RedactingLayout)) {
                    appender.setEncoder(redacting(plain));
                }
            }
        }
    }

    private static Encoder<ILoggingEvent> redacting(LayoutWrappingEncoder<ILoggingEvent> plain) {
        LayoutWrappingEncoder<ILoggingEvent> redacting = new LayoutWrappingEncoder<>();
        redacting.setContext(plain.getContext());
        redacting.setCharset(plain.getCharset());
        redacting.setLayout(new RedactingLayout(plain.getLayout()));
        redacting.start();
        return redacting;
    }
}
