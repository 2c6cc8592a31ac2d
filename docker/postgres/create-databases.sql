-- One database per service on the compose PostgreSQL server; services never share tables.
CREATE DATABASE therapist_service;
CREATE DATABASE booking_service;
CREATE DATABASE notification_service;
