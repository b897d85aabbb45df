package fr.entraide.transmission.outbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sample verifier of docs/api-guide.md, copied as is: a receiver checks the Entraide-Signature
 * header (t=<unix seconds>,v1=<hex HMAC-SHA256 of t + "." + raw body>) and the replay window.
 */
public final class WebhookVerifier {

    private final byte[] secret;
    private final Duration tolerance;
    private final Clock clock;

    public WebhookVerifier(String secret, Duration tolerance, Clock clock) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /** True only if the header signs this exact body with our secret, within the replay window. */
    public boolean verify(String signatureHeader, String rawBody) {
        if (signatureHeader == null) {
            return false;
        }
        long timestamp = -1;
        String signature = null;
        for (String part : signatureHeader.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length != 2) {
                continue;
            }
            if (kv[0].equals("t")) {
                try {
                    timestamp = Long.parseLong(kv[1]);
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (kv[0].equals("v1")) {
                signature = kv[1];
            }
        }
        if (timestamp < 0 || signature == null) {
            return false;
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - timestamp) > tolerance.toSeconds()) {
            return false; // too old (or from the future): a replayed request
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] expected = mac.doFinal((timestamp + "." + rawBody).getBytes(StandardCharsets.UTF_8));
            byte[] given = HexFormat.of().parseHex(signature);
            return MessageDigest.isEqual(expected, given); // constant time
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }
}
