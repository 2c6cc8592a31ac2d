package com.clinicnetwork.notification.preference;

import com.clinicnetwork.notification.delivery.DeliveryException;
import com.clinicnetwork.notification.delivery.sms.SmsGateway;
import com.clinicnetwork.notification.message.MessageLocale;
import com.clinicnetwork.notification.message.MessageRenderer;
import com.clinicnetwork.servicedefaults.refusal.RuleRefusedException;
import com.clinicnetwork.servicedefaults.refusal.StateConflictException;
import com.clinicnetwork.servicedefaults.web.ETags;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a client's preferences, including the confirmation of a new SMS number: saving a number other than the
 * confirmed one sends a one-time code to it, and SMS go to it only once the client has sent that code back.
 * Neither the number nor the code is ever logged.
 */
@Service
class PreferenceChanges {

    static final String NO_SMS_VERIFICATION_PENDING = "no-sms-verification-pending";
    static final String SMS_CODE_EXPIRED = "sms-code-expired";
    static final String SMS_CODE_INVALID = "sms-code-invalid";
    static final String SMS_CODE_ATTEMPTS_EXHAUSTED = "sms-code-attempts-exhausted";
    private static final Logger log = LoggerFactory.getLogger(PreferenceChanges.class);

    private final PreferenceRepository repository;
    private final SmsGateway sms;
    private final MessageRenderer renderer;
    private final SmsVerificationProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PreferenceChanges(PreferenceRepository repository, SmsGateway sms, MessageRenderer renderer, SmsVerificationProperties properties,
            Clock clock) {
        this.repository = repository;
        this.sms = sms;
        this.renderer = renderer;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Replaces the preferences; with {@code expectedVersion} only at that version (else 412). A code for a new
     * number is sent before the change commits: if the SMS provider refuses it, nothing is saved, so the client
     * never waits for a code that was not sent.
     *
     * @throws SmsCodeNotSentException if the code for a new number could not be sent
     */
    @Transactional
    public NotificationPreferences replace(UUID clientId, Long expectedVersion, PreferencesRequest request, MessageLocale locale) {
        Optional<PreferenceRepository.Stored> stored = repository.lock(clientId);
        long version = expectedVersion != null ? expectedVersion : stored.map(s -> s.preferences().version()).orElse(0L);
        Instant now = clock.instant();
        Optional<String> confirmed = stored.flatMap(s -> s.preferences().smsNumber());
        Optional<String> pending = stored.flatMap(s -> s.preferences().pendingSmsNumber());
        boolean codeIsLive = stored.flatMap(PreferenceRepository.Stored::code).filter(code -> !code.expiredAt(now)).isPresent();
        SmsNumbers numbers = SmsNumbers.after(request.requestedSmsNumber(), confirmed, pending, codeIsLive);
        NotificationPreferences next = request.toPreferences(clientId, numbers, version);

        String newCode = null;
        Optional<SmsCode> code = Optional.empty();
        int failedAttempts = 0;
        if (numbers.sendCode()) {
            newCode = SmsCode.newCode(random);
            code = Optional.of(SmsCode.of(newCode, clientId, numbers.pending().orElseThrow(), now.plus(properties.codeValidity()), random));
        } else if (numbers.keepCode()) {
            code = stored.flatMap(PreferenceRepository.Stored::code);
            failedAttempts = stored.map(PreferenceRepository.Stored::failedAttempts).orElse(0);
        }
        NotificationPreferences saved = repository.save(next, code, failedAttempts, version)
                .orElseThrow(() -> ETags.stale("notification preferences"));
        if (newCode != null) {
            sendCode(clientId, numbers.pending().orElseThrow(), newCode, locale);
        }
        return saved;
    }

    /**
     * Confirms the pending number with the code sent to it; it then becomes the number SMS go to. A wrong code
     * counts against the code's attempts, and the attempt is recorded even though the answer is a problem (hence
     * no rollback for it); after the last one the code is discarded and the number must be saved again.
     */
    @Transactional(noRollbackFor = RuleRefusedException.class)
    public NotificationPreferences confirmSmsNumber(UUID clientId, String attempt) {
        PreferenceRepository.Stored stored = repository.lock(clientId)
                .filter(s -> s.preferences().pendingSmsNumber().isPresent() && s.code().isPresent())
                .orElseThrow(() -> new StateConflictException(NO_SMS_VERIFICATION_PENDING,
                        "No SMS number awaits confirmation",
                        "No code is waiting to be confirmed. Save your preferences with the SMS number to get a new code."));
        NotificationPreferences current = stored.preferences();
        String pending = current.pendingSmsNumber().orElseThrow();
        SmsCode code = stored.code().orElseThrow();
        if (code.expiredAt(clock.instant())) {
            throw new RuleRefusedException(SMS_CODE_EXPIRED, "SMS code expired",
                    "The code has expired. Save your preferences with the SMS number again to get a new code.");
        }
        if (!code.matches(attempt, clientId, pending)) {
            int failed = stored.failedAttempts() + 1;
            boolean exhausted = failed >= properties.maxAttempts();
            repository.recordWrongCode(clientId, failed, exhausted);
            if (exhausted) {
                throw new RuleRefusedException(SMS_CODE_ATTEMPTS_EXHAUSTED,
                        "Too many wrong SMS codes",
                        "The code was entered wrongly too often and is no longer valid. Save your preferences with the SMS "
                                + "number again to get a new code.");
            }
            throw new RuleRefusedException(SMS_CODE_INVALID, "Wrong SMS code",
                    "The code does not match the one sent to the pending number.")
                    .with("attemptsLeft", properties.maxAttempts() - failed);
        }
        NotificationPreferences confirmed = new NotificationPreferences(clientId, current.channels(), Optional.of(pending),
                Optional.empty(), current.optOuts(), current.quietHours(), current.version());
        NotificationPreferences saved = repository.save(confirmed, Optional.empty(), 0, current.version()).orElseThrow();
        log.info("SMS number of client {} confirmed", clientId);
        return saved;
    }

    private void sendCode(UUID clientId, String number, String code, MessageLocale locale) {
        try {
            sms.send(UUID.randomUUID(), number, renderer.smsVerification(locale, code, properties.codeValidity()));
        } catch (DeliveryException e) {
            log.warn("SMS confirmation code for client {} could not be sent; preferences left unchanged", clientId);
            throw new SmsCodeNotSentException();
        }
        log.info("SMS confirmation code sent for client {}", clientId);
    }
}
