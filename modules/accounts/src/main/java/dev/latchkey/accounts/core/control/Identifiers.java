package dev.latchkey.accounts.core.control;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;

/**
 * What makes two emails or usernames the same account. Values are taken in Unicode NFKC (so
 * {@code josé} in NFD and NFC, or fullwidth {@code ａｌｉｃｅ}, are written alike) without
 * surrounding spaces (a non-breaking space is a space after NFKC). Uniqueness is decided on the
 * {@link #key key}: the UTS #39 confusable skeleton of the case-folded value (ICU4J), so letters
 * that only look alike (Cyrillic {@code а} and Latin {@code a}, {@code 1} and {@code l}) name one
 * account. Invisible, format and direction characters are refused outright ({@link #isVisible}).
 */
public final class Identifiers {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();

    private Identifiers() {
    }

    /** The value as stored: NFKC, without surrounding white space. */
    public static String normalise(String value) {
        return value == null ? null : NFKC.normalize(value).strip();
    }

    /** The unique key: the confusable skeleton of the NFKC case-folded value. */
    public static String key(String value) {
        String folded = NFKC_CASEFOLD.normalize(normalise(value));
        return NFKC_CASEFOLD.normalize(SKELETONS.getSkeleton(folded));
    }

    /**
     * False when the value holds a control, format (zero-width, soft hyphen, bidi override),
     * default-ignorable, line or paragraph separator or other invisible character.
     */
    public static boolean isVisible(String value) {
        return value.codePoints().noneMatch(Identifiers::isHidden);
    }

    private static boolean isHidden(int c) {
        int type = UCharacter.getType(c);
        return type == UCharacter.CONTROL || type == UCharacter.FORMAT || type == UCharacter.LINE_SEPARATOR
                || type == UCharacter.PARAGRAPH_SEPARATOR || type == UCharacter.UNASSIGNED
                || type == UCharacter.PRIVATE_USE || type == UCharacter.SURROGATE
                || UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || UCharacter.hasBinaryProperty(c, UProperty.BIDI_CONTROL)
                || (UCharacter.isUWhiteSpace(c) && c != ' ');
    }
}
