package pk.gov.mashwara.review;

/** A suggestion of wording on a new thread's passage: {@code text} is null for {@link SuggestionKind#DELETE}. */
public record SuggestionRequest(SuggestionKind kind, String text) {
}
