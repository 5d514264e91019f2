package org.childplan.agency.domain;

import java.text.Normalizer;

/**
 * How unit names are compared. Plans are typeset by hand: full-width and half-width forms and stray spaces
 * (from line breaks) vary between copies of the same name, so names match after NFKC and without white space.
 */
public final class Names {

    private Names() {
    }

    public static String key(String name) {
        if (name == null) {
            return null;
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "");
    }
}
