package dev.fuselage.project.review;

import dev.fuselage.core.edit.AnnotationModel;
import dev.fuselage.core.edit.Command;
import dev.fuselage.project.store.PinnedComment;
import dev.fuselage.project.store.ReviewBook;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Adds a comment, or changes one (resolving or reopening it): the comment before (empty when new) and after, so
 * undo takes a new comment away again or restores the earlier state.
 *
 * @param book   the project's review state
 * @param before the comment before, or empty when it is new
 * @param after  the comment after
 */
public record PutComment(ReviewBook book, Optional<PinnedComment> before, PinnedComment after) implements Command {
    public PutComment {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** Adds a new comment. */
    public static PutComment add(ReviewBook book, PinnedComment comment) {
        return new PutComment(book, Optional.empty(), comment);
    }

    /** Marks a comment resolved (or open again). */
    public static PutComment resolve(ReviewBook book, PinnedComment comment, boolean resolved) {
        return new PutComment(book, Optional.of(comment), comment.withResolved(resolved));
    }

    @Override
    public void apply(AnnotationModel model) {
        book.put(after);
    }

    @Override
    public void revert(AnnotationModel model) {
        if (before.isPresent()) {
            book.put(before.get());
        } else {
            book.remove(after.id());
        }
    }

    @Override
    public String description() {
        if (before.isEmpty()) {
            return "Comment";
        }
        return after.comment().resolved() ? "Resolve comment" : "Reopen comment";
    }

    @Override
    public Set<String> frameIds() {
        return Set.of(after.frameId());
    }
}
