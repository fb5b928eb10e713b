package dev.latchkey.sessions.twofactor.control;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.latchkey.kernel.error.ValidationFailed;
import dev.latchkey.kernel.error.Violation;

/**
 * Phone numbers for SMS codes: E.164 as given ({@code +14155550123}), checked against the numbering
 * plans of Google's libphonenumber, and shown masked after setup ({@code +1•••••0123}).
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** The number in E.164, or VALIDATION_ERROR on {@code phoneNumber}. */
    public static String e164(String given) {
        if (given == null || given.isBlank()) {
            throw new ValidationFailed(Violation.required("phoneNumber"));
        }
        if (!given.matches("\\+[1-9]\\d{6,14}")) {
            throw invalid();
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(given, null);
            if (!UTIL.isValidNumber(number)) {
                throw invalid();
            }
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw invalid();
        }
    }

    /** The country code and the last four digits: {@code +1•••••0123}. */
    public static String masked(String e164) {
        try {
            int country = UTIL.parse(e164, null).getCountryCode();
            return "+" + country + "•••••" + e164.substring(e164.length() - 4);
        } catch (NumberParseException e) {
            return "+•••••" + e164.substring(Math.max(0, e164.length() - 4));
        }
    }

    private static ValidationFailed invalid() {
        return new ValidationFailed(new Violation("phoneNumber", Violation.Type.FORMAT,
                "must be a valid phone number in E.164 form, e.g. +14155550123"));
    }
}
