package fr.entraide.notification.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnreadCount")
public record UnreadCount(long unread) {
}
