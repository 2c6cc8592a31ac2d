package com.clinicnetwork.testsupport.infrastructure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/** Runs a {@code @SpringBootTest} against a real PostgreSQL and Kafka broker; see {@link RealInfrastructureConfiguration}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(RealInfrastructureConfiguration.class)
public @interface UsesRealInfrastructure {
}
