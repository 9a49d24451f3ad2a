package org.vocbridge.ventures;

import java.util.List;

/**
 * A venture was not recorded because ventures already recorded may be the same one; it is recorded
 * once its owner has looked at them and says it is another ({@code distinct}).
 */
public class PossibleDuplicatesException extends RuntimeException {

    private final transient List<PossibleDuplicate> duplicates;

    public PossibleDuplicatesException(List<PossibleDuplicate> duplicates) {
        super(duplicates.size() + " possible duplicates");
        this.duplicates = List.copyOf(duplicates);
    }

    public List<PossibleDuplicate> duplicates() {
        return duplicates;
    }
}
