package org.chokepoint.workspace.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The Ed25519 key pair that signs checkpoints: {@code signing-key.pk8} (PKCS#8, readable by its
 * owner only) and {@code signing-key.pub} (X.509 SubjectPublicKeyInfo in PEM, to hand to whoever
 * checks checkpoints), in one folder, generated on first use.
 */
public final class AuditKeys {
  /** The file of the private key in the key folder. */
  public static final String PRIVATE_FILE = "signing-key.pk8";

  /** The file of the public key in the key folder. */
  public static final String PUBLIC_FILE = "signing-key.pub";

  /** The DER prefix of a PKCS#8 Ed25519 private key (RFC 8410), before the 32-byte seed. */
  private static final String PKCS8_PREFIX = "302e020100300506032b657004220420";

  /** The DER prefix of an X.509 Ed25519 public key (RFC 8410), before the 32 raw bytes. */
  private static final String X509_PREFIX = "302a300506032b6570032100";

  private final PrivateKey privateKey;
  private final PublicKey publicKey;
  private final byte[] rawPrivate;
  private final byte[] rawPublic;

  private AuditKeys(PrivateKey privateKey, PublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
    this.rawPrivate = raw(privateKey.getEncoded(), PKCS8_PREFIX, "private");
    this.rawPublic = raw(publicKey.getEncoded(), X509_PREFIX, "public");
  }

  private static byte[] raw(byte[] der, String prefix, String what) {
    byte[] p = HexFormat.of().parseHex(prefix);
    if (der.length != p.length + 32
        || !java.util.Arrays.equals(java.util.Arrays.copyOf(der, p.length), p)) {
      throw new IllegalArgumentException("not an Ed25519 " + what + " key in the RFC 8410 form");
    }
    return java.util.Arrays.copyOfRange(der, p.length, der.length);
  }

  /** The key folder of a data directory: {@code DATA_DIR/audit}. */
  public static Path folderOf(Path dataDir) {
    return dataDir.resolve("audit");
  }

  /** Loads the key pair kept in {@code folder}, generating and saving one if there is none. */
  public static synchronized AuditKeys loadOrCreate(Path folder) {
    Path priv = folder.resolve(PRIVATE_FILE);
    Path pub = folder.resolve(PUBLIC_FILE);
    try {
      if (!Files.exists(priv)) {
        Files.createDirectories(folder);
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path tmp = folder.resolve(PRIVATE_FILE + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(
            tmp,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(tmp, pair.getPrivate().getEncoded());
        Files.writeString(pub, pem(pair.getPublic()), StandardCharsets.US_ASCII);
        try {
          Files.move(tmp, priv, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
          Files.deleteIfExists(tmp);
        }
      }
      KeyFactory kf = KeyFactory.getInstance("Ed25519");
      PrivateKey privateKey = kf.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(priv)));
      PublicKey publicKey = readPublicKey(pub);
      AuditKeys keys = new AuditKeys(privateKey, publicKey);
      byte[] probe = "probe".getBytes(StandardCharsets.US_ASCII);
      if (!verify(publicKey, probe, keys.sign(probe))) {
        throw new IllegalStateException(
            pub + " is not the public key of " + priv + "; restore the pair or move both aside");
      }
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException("the audit signing key in " + folder + ": " + e, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the audit signing key in " + folder + ": " + e, e);
    }
  }

  /** Reads a public key in PEM ({@code BEGIN PUBLIC KEY}) or raw X.509 DER. */
  public static PublicKey readPublicKey(Path file) {
    try {
      byte[] raw = Files.readAllBytes(file);
      String text = new String(raw, StandardCharsets.US_ASCII);
      byte[] der =
          text.contains("BEGIN PUBLIC KEY")
              ? Base64.getMimeDecoder()
                  .decode(
                      text.replace("-----BEGIN PUBLIC KEY-----", "")
                          .replace("-----END PUBLIC KEY-----", "")
                          .strip())
              : raw;
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    } catch (IOException e) {
      throw new UncheckedIOException("reading the public key " + file + ": " + e, e);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException(file + " is not an Ed25519 public key: " + e, e);
    }
  }

  /** The public key in PEM, as {@code signing-key.pub} holds it. */
  public static String pem(PublicKey key) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  /** The key id: the first 8 bytes of SHA-256 of the public key's X.509 encoding, in hex. */
  public static String keyId(PublicKey key) {
    byte[] d = Merkle.sha256().digest(key.getEncoded());
    return HexFormat.of().formatHex(d, 0, 8);
  }

  public PublicKey publicKey() {
    return publicKey;
  }

  public String keyId() {
    return keyId(publicKey);
  }

  /**
   * An Ed25519 signature of {@code message}, made with BouncyCastle's RFC 8032 implementation
   * (about six times faster than the JDK's on this machine; Ed25519 is deterministic, so the
   * signature is byte for byte the one the JDK makes, which the tests check). Verification uses the
   * JDK.
   */
  public byte[] sign(byte[] message) {
    byte[] sig = new byte[64];
    org.bouncycastle.math.ec.rfc8032.Ed25519.sign(
        rawPrivate, 0, rawPublic, 0, message, 0, message.length, sig, 0);
    return sig;
  }

  /** The same signature through the JDK's {@code Signature.getInstance("Ed25519")}. */
  byte[] signWithJdk(byte[] message) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(privateKey);
      s.update(message);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("signing a checkpoint: " + e, e);
    }
  }

  /** Whether {@code signature} is a valid Ed25519 signature of {@code message} by {@code key}. */
  public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(key);
      s.update(message);
      return s.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
