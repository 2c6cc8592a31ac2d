package com.clinicnetwork.booking.aftercare;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads only a JSON integer. Jackson would otherwise turn 5.5 into 5 and "5" into 5, recording an answer the client
 * never gave; anything but an integer is a malformed request instead.
 */
class WholeNumberDeserializer extends StdDeserializer<Integer> {

    WholeNumberDeserializer() {
        super(Integer.class);
    }

    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
            throw MismatchedInputException.from(parser, Integer.class, "Expected a whole number");
        }
        return parser.getIntValue();
    }
}
