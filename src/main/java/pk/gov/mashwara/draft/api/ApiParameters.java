package pk.gov.mashwara.draft.api;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.shared.NotFoundException;

/** Reads the committee parameter of the API: a code ({@code PTA}) or an id. Other values: {@link pk.gov.mashwara.shared.ApiValues}. */
@Component
class ApiParameters {

    private final DirectoryService directory;

    ApiParameters(DirectoryService directory) {
        this.directory = directory;
    }

    /** A committee by code ({@code PTA}) or id. */
    long committeeId(String committee) {
        var value = committee.strip();
        if (value.chars().allMatch(Character::isDigit) && !value.isEmpty() && value.length() < 18) {
            return directory.committee(Long.parseLong(value)).id();
        }
        return directory.committeeByCode(value).orElseThrow(() -> new NotFoundException("error.committee.unknown", value))
                .id();
    }
}
