package com.clinicnetwork.therapist;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The clinic directory: locations, treatments, therapists and their working hours. */
@SpringBootApplication
public class TherapistServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(TherapistServiceApplication.class, args);
    }
}
