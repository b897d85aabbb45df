package fr.entraide.aidrequest;

import fr.entraide.aidrequest.dto.CreateAidRequest;
import fr.entraide.aidrequest.dto.PieceStatus;
import java.util.List;

/** The part of a request kept as JSON: its pièces checklist and aid-specific data. */
public record RequestDetails(
        List<PieceStatus> pieces,
        CreateAidRequest.Accommodation accommodation,
        String baremeExplanation,
        String paymentMethod,
        String paymentReference) {

    public RequestDetails {
        pieces = pieces == null ? List.of() : List.copyOf(pieces);
    }

    RequestDetails withPieces(List<PieceStatus> newPieces) {
        return new RequestDetails(newPieces, accommodation, baremeExplanation, paymentMethod, paymentReference);
    }

    RequestDetails withBareme(String explanation) {
        return new RequestDetails(pieces, accommodation, explanation, paymentMethod, paymentReference);
    }

    RequestDetails withPayment(String method, String reference) {
        return new RequestDetails(pieces, accommodation, baremeExplanation, method, reference);
    }

    List<PieceStatus> missingRequired() {
        return pieces.stream().filter(p -> p.required() && !p.received()).toList();
    }
}
