package com.clinicnetwork.servicedefaults.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Rejects text containing U+0000 while JSON is read: PostgreSQL cannot store it, so it would otherwise
 * surface as a database error (a 500) instead of a 400 naming the bad input.
 */
public class NulRejectingStringDeserializer extends StdDeserializer<String> {

    public NulRejectingStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String value = parser.getValueAsString();
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw MismatchedInputException.from(parser, String.class, "Text must not contain NUL characters");
        }
        return value;
    }
}
