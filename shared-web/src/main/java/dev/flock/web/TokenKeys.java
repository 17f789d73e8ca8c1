package dev.flock.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public keys of bearer tokens: read from PEM text, named by their RFC 7638 thumbprint ({@code kid}), and the
 * keys a service signs with itself ({@link #own}), which it trusts without configuration.
 */
public record TokenKeys(List<JWK> own) {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+?)-----END \\1-----");

    public TokenKeys {
        own = List.copyOf(own);
    }

    /** Every PEM block of {@code text}, decoded: its type ({@code PUBLIC KEY}, {@code PRIVATE KEY}) and bytes. */
    public static List<PemBlock> pemBlocks(String text) {
        List<PemBlock> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        Matcher matcher = PEM.matcher(text.replace("\\n", "\n"));
        while (matcher.find()) {
            blocks.add(new PemBlock(matcher.group(1),
                    Base64.getMimeDecoder().decode(matcher.group(2).replaceAll("\\s", ""))));
        }
        return blocks;
    }

    /** One decoded PEM block. */
    public record PemBlock(String type, byte[] der) {
    }

    /** The EC P-256 public keys in {@code pem} (zero or more {@code PUBLIC KEY} blocks), each with its {@code kid}. */
    public static List<JWK> publicKeys(String pem, String setting) {
        List<JWK> keys = new ArrayList<>();
        for (PemBlock block : pemBlocks(pem)) {
            if (!block.type().equals("PUBLIC KEY")) {
                throw new IllegalStateException(setting + " holds a " + block.type() + " block; it takes public "
                        + "keys only (-----BEGIN PUBLIC KEY-----).");
            }
            try {
                ECPublicKey key = (ECPublicKey) KeyFactory.getInstance("EC")
                        .generatePublic(new X509EncodedKeySpec(block.der()));
                keys.add(jwk(key));
            } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException
                     | IllegalStateException e) {
                throw new IllegalStateException(setting + " holds a public key that is not an EC P-256 key.", e);
            }
        }
        if (pem != null && !pem.isBlank() && keys.isEmpty()) {
            throw new IllegalStateException(setting + " holds no PEM public key (-----BEGIN PUBLIC KEY-----).");
        }
        return keys;
    }

    /** The public key as a JWK for ES256 signatures, its {@code kid} the RFC 7638 thumbprint. */
    public static ECKey jwk(ECPublicKey key) {
        if (!Curve.P_256.equals(Curve.forECParameterSpec(key.getParams()))) {
            throw new IllegalStateException("Not an EC P-256 key.");
        }
        try {
            return new ECKey.Builder(Curve.P_256, key).keyIDFromThumbprint().build();
        } catch (JOSEException | IllegalStateException e) {
            throw new IllegalStateException("Not an EC P-256 key.", e);
        }
    }
}
