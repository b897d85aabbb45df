package fr.entraide.referentiel.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EpciDetail")
public record EpciDetail(EpciView epci, List<RefCommuneView> communes) {
}
