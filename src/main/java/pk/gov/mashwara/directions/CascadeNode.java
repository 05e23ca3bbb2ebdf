package pk.gov.mashwara.directions;

import java.util.List;

/** A letter of the cascade with the receipts recorded for it and the letters that forwarded it further down. */
public record CascadeNode(LetterSummary letter, List<ReceiptInfo> receipts, List<CascadeNode> forwarded) {

    public CascadeNode {
        receipts = List.copyOf(receipts);
        forwarded = List.copyOf(forwarded);
    }
}
