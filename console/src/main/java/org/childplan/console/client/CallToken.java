package org.childplan.console.client;

import jakarta.enterprise.context.RequestScoped;

/**
 * The token one call carries instead of the signed-in person's, for the rare call the console makes on its own
 * behalf (the development sign-in reading the agency list for a visitor not yet signed in). Request scoped, set only
 * for the duration of that call ({@link AgencyClient#allReadWith}), and consulted first by
 * {@link SessionTokenForwarding}.
 */
@RequestScoped
public class CallToken {

    private String token;

    String token() {
        return token;
    }

    void set(String token) {
        this.token = token;
    }
}
