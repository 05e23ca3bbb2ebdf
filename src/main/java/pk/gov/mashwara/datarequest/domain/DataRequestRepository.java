package pk.gov.mashwara.datarequest.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface DataRequestRepository extends Repository<DataRequest, Long> {

    DataRequest save(DataRequest request);

    Optional<DataRequest> findById(long id);

    long count();

    List<DataRequest> findAllByOrderByCreatedAtDesc();

    @Query("select r from DataRequest r where r.id in (select b.requestId from AddressedBody b where b.committeeId = :committeeId) order by r.createdAt desc")
    List<DataRequest> findAddressedTo(@Param("committeeId") long committeeId);
}
