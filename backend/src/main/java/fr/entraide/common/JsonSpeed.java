package fr.entraide.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Jackson reads and writes properties through generated lambdas (Blackbird) instead of reflection:
 * a record and its lists are read from JSON and written as JSON on every read of a person's file.
 * The JSON itself is unchanged (the contract test compares it).
 */
@Singleton
public class JsonSpeed implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
    }
}
