package org.vocbridge.events.domain;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform's Ed25519 key pair for tickets (the JDK's own), kept in the database so that every
 * node signs with the same key: made by the first node that needs it, in a transaction of its own;
 * a node that loses the race to make it reads the winner's. Once read, a node keeps it, as it never
 * changes.
 */
@Component
class TicketKeys {

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;
    private volatile KeyPair keys;

    TicketKeys(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    KeyPair keys() {
        KeyPair known = keys;
        if (known == null) {
            known = stored().orElseGet(this::make);
            keys = known;
        }
        return known;
    }

    /** The public key as X.509 SubjectPublicKeyInfo, base64: what WebCrypto imports as "spki". */
    String publicKey() {
        return Base64.getEncoder().encodeToString(keys().getPublic().getEncoded());
    }

    private KeyPair make() {
        try {
            KeyPair made = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            separately.executeWithoutResult(status -> jdbc.sql(
                            "insert into events_ticket_key (id, public_key, private_key, created_at) values (1, ?, ?, ?)")
                    .params(
                            Base64.getEncoder().encodeToString(made.getPublic().getEncoded()),
                            Base64.getEncoder().encodeToString(made.getPrivate().getEncoded()),
                            java.sql.Timestamp.from(Instant.now()))
                    .update());
            return made;
        } catch (DuplicateKeyException e) {
            return stored().orElseThrow(() -> e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no Ed25519", e);
        }
    }

    private Optional<KeyPair> stored() {
        return jdbc.sql("select public_key, private_key from events_ticket_key where id = 1")
                .query((rs, row) -> decode(rs.getString(1), rs.getString(2)))
                .optional();
    }

    private static KeyPair decode(String publicKey, String privateKey) {
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            return new KeyPair(
                    factory.generatePublic(
                            new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey))),
                    factory.generatePrivate(
                            new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored ticket key cannot be read", e);
        }
    }
}
