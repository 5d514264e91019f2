package org.childplan.evaluation.rest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.childplan.platform.error.InputValidationException;

/** Decodes a request body strictly: invalid UTF-8 is refused rather than replaced with U+FFFD. */
final class Utf8 {

    private Utf8() {
    }

    static String decode(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw InputValidationException.single("body", "the body is not valid UTF-8", "请求体不是有效的 UTF-8 编码");
        }
    }
}
