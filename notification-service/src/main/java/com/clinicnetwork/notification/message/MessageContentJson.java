package com.clinicnetwork.notification.message;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of {@link MessageContent}, in which it is stored ({@code notification.content}, JSONB). Its own
 * mapper, so a change to how the API writes JSON never changes what is stored (and readable) here.
 */
public final class MessageContentJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MessageContentJson() {
    }

    public static String write(MessageContent content) {
        return JSON.writeValueAsString(content);
    }

    public static MessageContent read(String json) {
        return JSON.readValue(json, MessageContent.class);
    }
}
