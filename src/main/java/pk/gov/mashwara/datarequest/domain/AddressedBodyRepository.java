package pk.gov.mashwara.datarequest.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface AddressedBodyRepository extends Repository<AddressedBody, Long> {

    AddressedBody save(AddressedBody body);

    List<AddressedBody> findByRequestIdOrderById(long requestId);

    List<AddressedBody> findByRequestIdIn(Collection<Long> requestIds);

    Optional<AddressedBody> findByRequestIdAndCommitteeId(long requestId, long committeeId);

    List<AddressedBody> findByStateIn(Collection<pk.gov.mashwara.datarequest.BodyState> states);

    List<AddressedBody> findAll();

    Optional<AddressedBody> findById(long id);
}
