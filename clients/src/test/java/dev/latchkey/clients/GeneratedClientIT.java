package dev.latchkey.clients;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.latchkey.client.ApiClient;
import dev.latchkey.client.ApiException;
import dev.latchkey.client.api.AccountsApi;
import dev.latchkey.client.api.DevicesApi;
import dev.latchkey.client.api.SessionsApi;
import dev.latchkey.client.api.SignInApi;
import dev.latchkey.client.model.Account;
import dev.latchkey.client.model.ConfirmRequest;
import dev.latchkey.client.model.Device;
import dev.latchkey.client.model.DeviceChallenge;
import dev.latchkey.client.model.DeviceProof;
import dev.latchkey.client.model.DeviceRegistration;
import dev.latchkey.client.model.ErrorCode;
import dev.latchkey.client.model.ErrorEnvelope;
import dev.latchkey.client.model.LoginRequest;
import dev.latchkey.client.model.RefreshRequest;
import dev.latchkey.client.model.RegisterRequest;
import dev.latchkey.client.model.Session;
import dev.latchkey.client.model.SessionPageEnvelope;
import dev.latchkey.client.model.TokenResponse;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java client openapi-generator made from the served document, used as a consumer would: typed
 * results, the token set through the client's own bearer setting, an error read as the typed envelope.
 */
class GeneratedClientIT {

    static final String URL = System.getProperty("latchkey.it.url", "http://localhost:8181");
    static GreenMail mail;

    @BeforeAll
    static void smtp() {
        mail = new GreenMail(new ServerSetup(Integer.getInteger("latchkey.it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    @AfterAll
    static void stop() {
        mail.stop();
    }

    static String confirmationToken(String email) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : mail.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equalsIgnoreCase(email)) {
                    Matcher token = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(message.getContent().toString());
                    if (token.find()) {
                        return token.group(1);
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no confirmation mail to " + email);
    }

    @Test
    void aConsumerSignsInProvesADeviceRefreshesAndSignsOut() throws Exception {
        ApiClient client = new ApiClient().setBasePath(URL);
        AccountsApi accounts = new AccountsApi(client);
        SignInApi signIn = new SignInApi(client);
        DevicesApi devices = new DevicesApi(client);
        SessionsApi sessions = new SessionsApi(client);

        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "client-" + tag + "@example.com";
        String password = "correct horse battery staple";
        Account registered = accounts.registerAccount(new RegisterRequest().email(email).username("client" + tag).password(password)
                .displayName("Generated"), null).getData();
        assertEquals(email, registered.getEmail());
        assertEquals(Account.class, registered.getClass());
        UUID accountId = registered.getId();
        accounts.confirmEmail(new ConfirmRequest().token(confirmationToken(email)), null);

        TokenResponse tokens = signIn.signIn(new LoginRequest().login(email).password(password), null).getData().getTokenResponse();
        assertEquals("Bearer", tokens.getTokenType());
        client.setBearerToken(tokens.getAccessToken());
        Account me = signIn.getMe(null).getData();
        assertEquals(accountId, me.getId());
        assertTrue(me.getPermissions().contains("read"));

        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair key = generator.generateKeyPair();
        Device device = devices.registerDevice(new DeviceRegistration().name("Laptop").platform("linux")
                .publicKey(Base64.getEncoder().encodeToString(key.getPublic().getEncoded())), null).getData();
        assertEquals("ACTIVE", device.getState());
        DeviceChallenge challenge = devices.createDeviceChallenge(device.getId(), null).getData();
        long timestamp = System.currentTimeMillis();
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(key.getPrivate());
        signer.update((device.getId() + "." + challenge.getNonce() + "." + timestamp).getBytes(StandardCharsets.UTF_8));
        String signature = Base64.getEncoder().encodeToString(signer.sign());
        assertTrue(devices.verifyDeviceProof(device.getId(), new DeviceProof().nonce(challenge.getNonce()).timestamp(timestamp)
                .signature(signature), null).getData().getVerified());

        TokenResponse refreshed = signIn.refreshTokens(new RefreshRequest().refreshToken(tokens.getRefreshToken()), null, null).getData();
        assertNotEquals(tokens.getRefreshToken(), refreshed.getRefreshToken());
        client.setBearerToken(refreshed.getAccessToken());
        SessionPageEnvelope page = sessions.listSessions(1, 20);
        assertEquals(1L, page.getMeta().getTotal());
        Session current = page.getData().get(0);
        assertTrue(current.getCurrent());
        assertEquals(tokens.getSessionId(), current.getId());

        signIn.signOut(null);
        ApiException refused = assertThrows(ApiException.class, () -> signIn.getMe(null));
        assertEquals(401, refused.getCode());
        ErrorEnvelope error = ErrorEnvelope.fromJson(refused.getResponseBody());
        assertEquals(ErrorCode.SESSION_INVALID, error.getError().getCode());
        assertEquals(refused.getResponseHeaders().get("x-request-id").get(0), error.getRequestId());
    }
}
