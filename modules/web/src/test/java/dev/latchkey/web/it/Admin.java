package dev.latchkey.web.it;

import java.util.function.Function;

/** The bootstrap administrator of the test service, signed in for one use and signed out again (it has 3 sessions at most). */
final class Admin {

    static final String PASSWORD = System.getProperty("latchkey.it.admin.password", "administrator password");

    private Admin() {
    }

    static <T> T as(Function<String, T> work) {
        String access = People.login("admin", PASSWORD).then().statusCode(200).extract().path("data.accessToken");
        try {
            return work.apply(access);
        } finally {
            Api.given().auth().oauth2(access).post("/api/auth/logout");
        }
    }
}
