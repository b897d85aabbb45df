package fr.entraide.aidrequest.documents;

import java.util.Arrays;
import java.util.Optional;

/** The accepted file types, recognised from their first bytes, never from the file name. */
public enum FileType {
    PDF("application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
    JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
    PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });

    private final String mediaType;
    private final byte[] magic;

    FileType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<FileType> detect(byte[] head) {
        for (FileType type : values()) {
            if (head.length >= type.magic.length && Arrays.equals(head, 0, type.magic.length, type.magic, 0, type.magic.length)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
